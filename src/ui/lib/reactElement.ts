import { createElement, type ReactElement, type ReactNode } from 'react';
import type { Element } from '../../views/element.ts';

/** The views of src/views/, drawn by React. */
export const reactElement: Element<ReactElement> = (tag, props, ...children) => createElement(tag, props, ...(children as ReactNode[]));
