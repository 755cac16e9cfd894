/** Tables that belong to one server and never leave it: its secrets, API key hashes, stored responses. */
export const PRIVATE_TABLES = ['dataset_meta', 'api_keys', 'idempotency_keys'] as const
