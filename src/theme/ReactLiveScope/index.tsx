/**
 * What every live block sees: React (and its hooks by name), every export
 * of lib/index.ts, the helpers `bytes` and `text`, the components
 * `<Output>` and `<HttpExchange>`, and the time-budget guard the code
 * transform calls. The lib's `Headers` shadows the DOM's `Headers` here.
 */
import React from 'react';
import * as Lib from '../../../lib/index';
import Output from '../../components/Output';
import HttpExchange from '../../components/HttpExchange';
import { bytes, text } from '../../live/text';
import { GUARD_NAME, liveGuard } from '../../live/guard';

const ReactLiveScope: Record<string, unknown> = {
  React,
  ...React,
  ...Lib,
  bytes,
  text,
  Output,
  HttpExchange,
  [GUARD_NAME]: liveGuard,
};

export default ReactLiveScope;
