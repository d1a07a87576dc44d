import { useMutation } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { TestResults as TestResultsSchema } from '@server/http/routes/settings/schema.js';
import { apiRequest } from '../../../lib/api-client';

export type TestResults = Static<typeof TestResultsSchema>;
export type TestResult = TestResults['results'][number];

/** Sends a test message to every saved Telegram chat and webhook. */
export const sendTestNotification = (): Promise<TestResults> => apiRequest<TestResults>('/api/settings/notifications/test', { method: 'POST' });

export const useSendTestNotification = () => useMutation({ mutationFn: sendTestNotification, meta: { skipInvalidate: true } });
