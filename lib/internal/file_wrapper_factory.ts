/**
 * What BaseHandler.setup_environ puts in `wsgi.file_wrapper`. Internal
 * helper: not re-exported by index.ts.
 *
 * @internal
 * @module
 */

import type { FileWrapperClass } from '../handlers';
import type { FileLike, FileWrapperFactory } from '../types';

const FACTORIES = new WeakMap<FileWrapperClass, FileWrapperFactory>();

/**
 * PEP 3333 calls `environ['wsgi.file_wrapper'](filelike, blksize)`, but a
 * JS class cannot be called without `new`: the environ gets a function
 * that builds an instance (and works with `new` and `instanceof` too).
 * One per class, so every request sees the same function.
 */
export function fileWrapperFactory(wrapper: FileWrapperClass): FileWrapperFactory {
  let factory = FACTORIES.get(wrapper);
  if (!factory) {
    factory = function wsgiFileWrapper(filelike: FileLike, blksize?: number) {
      return blksize === undefined ? new wrapper(filelike) : new wrapper(filelike, blksize);
    };
    factory.prototype = wrapper.prototype;
    FACTORIES.set(wrapper, factory);
  }
  return factory;
}
