/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The page's status line and error banner: a refused connection or a model that does not load is shown, not a
// blank page.
import { t } from './texts';

export class ErrorReporter {
    static errors: string[] = [];

    /** Shows an error banner over the diagram (kept until the page is reloaded). */
    static show(message: string, details?: string): void {
        ErrorReporter.errors.push(message);
        console.error('toride diagram:', message, details ?? '');
        let banner = document.getElementById('toride-error');
        if (!banner) {
            banner = document.createElement('div');
            banner.id = 'toride-error';
            banner.className = 'toride-error';
            banner.setAttribute('role', 'alert');
            document.body.appendChild(banner);
        }
        banner.replaceChildren();
        const title = document.createElement('strong');
        title.textContent = t('error.title');
        const text = document.createElement('p');
        text.textContent = message;
        banner.append(title, text);
        if (details) {
            const pre = document.createElement('pre');
            pre.textContent = details.length > 2000 ? details.slice(0, 2000) + '…' : details;
            banner.append(pre);
        }
        const reload = document.createElement('button');
        reload.type = 'button';
        reload.textContent = t('error.reload');
        reload.onclick = () => location.reload();
        banner.append(reload);
        ErrorReporter.notice('');
    }

    /** A short status text at the bottom of the page (a warning in red, such as "not saved"); empty hides it. */
    static notice(message: string, warning = false): void {
        const status = document.getElementById('toride-status');
        if (status) {
            status.textContent = message;
            status.hidden = message === '';
            status.classList.toggle('toride-status-warning', warning && message !== '');
            status.setAttribute('role', warning ? 'alert' : 'status');
        }
    }
}
