/// <reference types="@docusaurus/theme-live-codeblock" />
/**
 * The result pane of a live block: the rendered example, or, when it
 * fails (syntax error, exception, validator violation, time budget), a
 * Spanish error panel. An error boundary keyed by the code keeps a crash
 * inside the example from reaching the rest of the page.
 */
import React, { Component, useContext, type ReactNode } from 'react';
import { LiveContext, LivePreview } from 'react-live';
import Translate from '@docusaurus/Translate';
import PlaygroundHeader from '@theme/Playground/Header';
import ErrorPanel from '@site/src/live/ErrorPanel';
import styles from './styles.module.css';

interface BoundaryState {
  error: unknown;
}

class ExampleBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override render(): ReactNode {
    return this.state.error ? <ErrorPanel error={this.state.error} /> : this.props.children;
  }
}

function Result(): ReactNode {
  const { error, newCode } = useContext(LiveContext);
  return (
    <ExampleBoundary key={newCode}>
      {error ? <ErrorPanel error={error} /> : <LivePreview />}
    </ExampleBoundary>
  );
}

export default function PlaygroundPreview(): ReactNode {
  return (
    <>
      <PlaygroundHeader>
        <Translate id="theme.Playground.result" description="The result label of the live codeblocks">
          Result
        </Translate>
      </PlaygroundHeader>
      <div className={styles.playgroundPreview} data-live-preview="">
        <Result />
      </div>
    </>
  );
}
