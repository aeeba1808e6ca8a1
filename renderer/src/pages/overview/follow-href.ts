/** Opens a console page from a click on a chart, as following its link would. */
export function followHref(href: string): void {
  window.location.hash = href;
}
