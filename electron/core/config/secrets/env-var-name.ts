/** The conventional variable for an account: `openai` → OPENAI_API_KEY, `my-groq` → MY_GROQ_API_KEY. */
export function defaultEnvVar(account: string): string {
  return `${account.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_API_KEY`;
}
