/** Payload's "not allowed" error, as the server says it in English or Traditional Chinese. */
export const FORBIDDEN = /not allowed|沒有執行此操作的權限/
