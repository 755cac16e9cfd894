export const NGINX: string
export function localNginx(dir: string, ports: { primary: number; replicas: number[]; listen: number }): string[]
