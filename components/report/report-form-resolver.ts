import { zodResolver } from '@hookform/resolvers/zod';
import { reportInputSchema } from '@/server/reports/schema';

export const reportFormResolver = zodResolver(reportInputSchema);
