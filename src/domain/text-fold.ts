/** Case- and accent-insensitive form of a name: "Al Sūdānī" and "al sudani" fold alike. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
