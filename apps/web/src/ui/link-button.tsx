import type { ReactNode } from 'react';
import { navigate } from '../router.ts';

/** A link that looks like a big button and routes without a page load. */
export function LinkButton(props: { to: string; secondary?: boolean; children: ReactNode }) {
  return (
    <a
      className={props.secondary ? 'button secondary' : 'button'}
      href={props.to}
      onClick={(e) => {
        e.preventDefault();
        navigate(props.to);
      }}
    >
      {props.children}
    </a>
  );
}
