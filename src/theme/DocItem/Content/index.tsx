/**
 * Wraps the classic theme's DocItem/Content: a guide page (not the
 * generated API reference) gets the "Presentar" button, and its content a
 * root the presentation mode turns into slides (src/components/Presentation).
 */
import React, { useRef, type ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { usePresentation } from '@site/src/components/Presentation';

type Props = WrapperProps<typeof ContentType>;

function Presentable({ title, ...props }: Props & { title: string }): ReactNode {
  const root = useRef<HTMLDivElement>(null);
  const { button, presenter } = usePresentation(root, title);
  return (
    <>
      {button}
      <div ref={root} data-presentation-root="">
        <Content {...props} />
      </div>
      {presenter}
    </>
  );
}

export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  if (metadata.id === 'api' || metadata.id.startsWith('api/')) return <Content {...props} />;
  return <Presentable key={metadata.id} title={metadata.title} {...props} />;
}
