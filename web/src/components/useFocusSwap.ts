import { useEffect, useRef } from 'react';

/**
 * For a control that opens in place (a button that becomes a question or a field): when `open`
 * turns true focus moves into `inner`, and when it turns false again focus returns to `opener`,
 * so keyboard and screen-reader users stay where they were working.
 */
export function useFocusSwap<Inner extends HTMLElement>(open: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const inner = useRef<Inner>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) inner.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { opener, inner };
}
