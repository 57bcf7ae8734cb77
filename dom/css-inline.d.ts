/** Vite turns `import css from './x.css?inline'` into the (minified in builds) stylesheet text. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
