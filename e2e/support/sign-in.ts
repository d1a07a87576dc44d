import type { Page } from 'playwright-core';

/** Signs in as the default admin on a fresh server and sets the password the first login demands. */
export async function signInFirstTime(page: Page, baseUrl: string, newPassword: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill('admin@admin.com');
  await page.getByTestId('login-password').fill('admin');
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/change-password/);
  await page.getByTestId('current-password').fill('admin');
  await page.getByTestId('new-password').fill(newPassword);
  await page.getByTestId('confirm-password').fill(newPassword);
  await page.getByTestId('password-submit').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/change-password') && !u.pathname.startsWith('/login'));
}
