/** What the server said when an admin request failed (Strapi's `{ error: { message } }`), else the error's own message. */
export function messageOf(error: unknown): string {
  const response = (error as { response?: { data?: { error?: { message?: string } } } }).response;
  return response?.data?.error?.message ?? (error as Error).message;
}
