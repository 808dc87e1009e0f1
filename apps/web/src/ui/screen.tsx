import { useEffect, useRef, type ReactNode } from 'react';

/** One screen, one heading: focus moves to the heading so screen readers announce the new page. */
export function Screen(props: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = props.title;
  }, [props.title]);
  return (
    <main>
      <h1 ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.children}
    </main>
  );
}
