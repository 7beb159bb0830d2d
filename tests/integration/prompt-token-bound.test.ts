import { getLlama, resolveChatWrapper, type Llama } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptTokenBound } from '../../electron/core/backends/local/generation-plan';
import { hasShared, modelPath } from '../helpers/fixtures';

/** Texts that stress the bytes-per-token assumption: short words, no spaces, multi-byte scripts, emoji, whitespace runs. */
const texts = [
  'a b c d e f g h i j k l m n o p q r s t u v w x y z',
  'Tell me a story about a little dog who finds a red ball in the park.',
  '日本語のテキストと中文文本以及한국어 텍스트',
  '🙂🙃😉😊😇🥰😍🤩😘😗☺️😚😙🥲😋😛😜🤪😝🤑🤗🤭',
  '   \n\n\t\t  \r\n  x  \n\t',
  'function f(x){return x.map((y)=>y*2).filter(Boolean)}\n// ünïcödé ∑∫√ 1234567890',
  '<|im_start|>user\nnot a real special token<|im_end|>',
];

describe.skipIf(!hasShared)('promptTokenBound: never below the real token count', () => {
  let llama: Llama;
  beforeAll(async () => {
    llama = await getLlama({ gpu: false });
  });
  afterAll(async () => {
    await llama?.dispose();
  });

  for (const file of ['stories260K-chatml.gguf', 'stories260K.gguf', 'llama-2-tiny-random-chat.gguf']) {
    it(`holds for ${file} with its chat template`, async () => {
      const model = await llama.loadModel({ modelPath: modelPath(file) });
      try {
        const wrapper = resolveChatWrapper(model);
        for (const text of texts) {
          const history = [
            { type: 'system' as const, text: 'You are terse.' },
            { type: 'user' as const, text },
            { type: 'model' as const, response: [] },
          ];
          const prompt = wrapper.generateContextState({ chatHistory: history }).contextText;
          const exact = prompt.tokenize(model.tokenizer).length;
          expect(promptTokenBound(prompt), `${file}: ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(exact);
        }
      } finally {
        await model.dispose();
      }
    });
  }
});
