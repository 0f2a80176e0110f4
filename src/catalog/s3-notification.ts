import { z } from 'zod';

/** The edge config of an S3 event notification (NotificationConfiguration on the bucket). */
export const s3NotificationConfig = z.object({
  events: z
    .array(z.string())
    .default(['s3:ObjectCreated:*'])
    .meta({ description: 'The S3 event types that are notified, e.g. s3:ObjectCreated:*.' }),
});
