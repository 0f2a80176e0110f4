/** Only symmetric encryption keys can rotate automatically (KeySpec SYMMETRIC_DEFAULT, KeyUsage ENCRYPT_DECRYPT). */
export function canRotateAutomatically(config: Record<string, unknown>): boolean {
  return config.KeySpec === 'SYMMETRIC_DEFAULT' && config.KeyUsage === 'ENCRYPT_DECRYPT';
}
