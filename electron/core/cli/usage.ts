export const usage = `switchyard — routes each chat request to a local GGUF model or a cloud model, and says why.

Usage:
  switchyard serve [--model PATH]... [--config FILE] [--port N] [--host H] [--threads N] [--token T] [--mode M]
      Start the OpenAI-compatible server (and the web UI) until Ctrl-C.
  switchyard models [--model PATH]... [--config FILE] [--port N]
      List configured models, and which ones a running server has loaded.
  switchyard route --jsonl FILE [--mode M]     Route prompts offline; one JSON line out per line in.
  switchyard route --explain "prompt"          Explain one routing decision.
  switchyard scan --jsonl FILE                 Detect sensitive content; one JSON line out per line in.
  switchyard keys set|delete|list [PROVIDER]   Manage cloud API keys in the OS keychain.

Settings live in $SWITCHYARD_HOME (default: your OS's app-data folder, Switchyard).`;
