import { createContext, useContext } from 'react';
import type { User } from '@server/http/routes/auth/schema.js';

export const SessionContext = createContext<User | null>(null);

/** The signed-in user; only valid below RequireAuth. */
export function useCurrentUser(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser used outside RequireAuth');
  return user;
}
