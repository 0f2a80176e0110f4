type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  text?: string;
  title?: string;
  dataset?: Record<string, string>;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/** Creates an element: h('button', { className: 'primary', on: { click } }, 'Validate'). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title) element.title = props.title;
  for (const [key, value] of Object.entries(props.dataset ?? {})) element.dataset[key] = value;
  for (const [key, value] of Object.entries(props.attrs ?? {})) element.setAttribute(key, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) element.addEventListener(type, listener as EventListener);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** "★★☆" for 2 of 3 stars. */
export function starText(stars: number, of = 3): string {
  return '★'.repeat(Math.max(0, Math.min(of, stars))) + '☆'.repeat(Math.max(0, of - Math.max(0, stars)));
}

/** Appends children, skipping the empty ones. */
export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) if (child !== null && child !== undefined && child !== false) parent.append(child);
}
