import { describe, expect, it } from 'vitest';
import { SwitchyardError } from '../../../shared/errors';
import { downloadStartSchema } from '../../../shared/ipc';
import { modelIdFromFileName, parseDownloadSource, sanitizeFileName } from '../../../electron/core/models';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SwitchyardError) return error.code;
    return 'zod';
  }
  return null;
};

describe('download source validation', () => {
  it('takes https and http links to .gguf files, with the host and a clean file name', () => {
    expect(parseDownloadSource('https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf?download=true')).toEqual({
      uri: 'https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf?download=true',
      host: 'huggingface.co',
      fileName: 'qwen2.5-0.5b-instruct-q4_k_m.gguf',
    });
    expect(parseDownloadSource('  http://127.0.0.1:8000/m/Model%20Q8_0.gguf ')).toMatchObject({ host: '127.0.0.1', fileName: 'Model_Q8_0.gguf' });
    expect(parseDownloadSource('https://example.com/big.gguf.part1of3').fileName).toBe('big.gguf.part1of3');
  });

  it('turns a Hugging Face file page (blob) into the file itself (resolve)', () => {
    expect(parseDownloadSource('https://huggingface.co/user/repo/blob/main/m-Q4_K_M.gguf').uri).toBe('https://huggingface.co/user/repo/resolve/main/m-Q4_K_M.gguf');
  });

  it('takes hf: URIs as node-llama-cpp spells them, leaving the file name to Hugging Face', () => {
    expect(parseDownloadSource('hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', {})).toEqual({
      uri: 'hf:bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M', host: 'huggingface.co', fileName: undefined, endpoint: 'https://huggingface.co/',
    });
    expect(parseDownloadSource('hf:user/model/sub/file-Q8_0.gguf#dev').fileName).toBeUndefined();
    expect(parseDownloadSource('hf:user/model').uri).toBe('hf:user/model');
  });

  it('asks the Hugging Face mirror node-llama-cpp will use (MODEL_ENDPOINT, then HF_ENDPOINT)', () => {
    expect(parseDownloadSource('hf:a/b:Q8_0', { HF_ENDPOINT: 'https://hf-mirror.example/' })).toMatchObject({ host: 'hf-mirror.example', endpoint: 'https://hf-mirror.example/' });
    expect(parseDownloadSource('hf:a/b:Q8_0', { MODEL_ENDPOINT: 'http://10.0.0.5:8080', HF_ENDPOINT: 'https://hf-mirror.example/' }).endpoint).toBe('http://10.0.0.5:8080/');
    expect(parseDownloadSource('hf:a/b:Q8_0', { HF_ENDPOINT: 'not a url' }).endpoint).toBe('https://huggingface.co/');
  });

  it('refuses other schemes, credentials, non-GGUF links and malformed hf: URIs', () => {
    expect(codeOf(() => parseDownloadSource('file:///etc/passwd'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource('javascript:alert(1)//x.gguf'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource('ftp://example.com/m.gguf'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource('not a url'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource('https://user:pw@example.com/m.gguf'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource('https://example.com/model.bin'))).toBe('not_gguf_url');
    expect(codeOf(() => parseDownloadSource('https://example.com/'))).toBe('not_gguf_url');
    expect(codeOf(() => parseDownloadSource('hf:../../etc/passwd'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource('hf:user/model/../x.gguf'))).toBe('invalid_model_url');
    expect(codeOf(() => parseDownloadSource(''))).toBe('zod');
  });

  it('keeps the contract schema to http(s) and hf: too', () => {
    expect(downloadStartSchema.safeParse({ url: 'https://x.org/m.gguf' }).success).toBe(true);
    expect(downloadStartSchema.safeParse({ url: 'hf:a/b:Q4_K_M' }).success).toBe(true);
    for (const url of ['file:///m.gguf', 'javascript:alert(1)', 'data:,GGUF', '/tmp/m.gguf']) {
      expect(downloadStartSchema.safeParse({ url }).success, url).toBe(false);
    }
  });
});

describe('file names', () => {
  it('keeps the last path component only, in a safe alphabet, with no leading dots', () => {
    expect(sanitizeFileName('../../etc/passwd.gguf')).toBe('passwd.gguf');
    expect(sanitizeFileName('..\\..\\win.gguf')).toBe('win.gguf');
    expect(sanitizeFileName('.hidden.gguf')).toBe('hidden.gguf');
    expect(sanitizeFileName('mod\u0000el <1>.gguf')).toBe('mod_el_1_.gguf');
    expect(sanitizeFileName('..')).toBeUndefined();
    expect(sanitizeFileName('/')).toBeUndefined();
    expect(sanitizeFileName(`${'a'.repeat(300)}.gguf`)?.length).toBe(160);
    expect(sanitizeFileName(`${'a'.repeat(300)}.gguf`)?.endsWith('.gguf')).toBe(true);
  });

  it('derives a model id from the file name', () => {
    expect(modelIdFromFileName('qwen2.5-0.5b-instruct-q4_k_m.gguf')).toBe('qwen2.5-0.5b-instruct-q4_k_m');
    expect(modelIdFromFileName('Big-Model-00001-of-00003.gguf')).toBe('Big-Model');
    expect(modelIdFromFileName('big.gguf.part1of3')).toBe('big');
    expect(modelIdFromFileName('a b+c.gguf')).toBe('a-b-c');
    expect(modelIdFromFileName('.gguf')).toBe('model');
  });
});
