import type { Page } from 'puppeteer-core';

/** A node of Chromium's accessibility tree, as CDP gives it. */
export interface AXNode {
  readonly nodeId: string;
  readonly role?: { value: string };
  readonly name?: { value: string };
  readonly childIds?: string[];
  readonly ignored?: boolean;
  readonly properties?: { name: string; value: { value?: unknown } }[];
}

export interface AXTree {
  readonly nodes: readonly AXNode[];
  /** Calls `visit` on `root` and every node under it, depth first, with the roles of its ancestors. */
  readonly walk: (root: AXNode, visit: (node: AXNode, ancestorRoles: readonly string[]) => void) => void;
}

export const roleOf = (n: AXNode): string => n.role?.value ?? '';
export const nameOf = (n: AXNode): string => n.name?.value ?? '';
export const isFocused = (n: AXNode): boolean =>
  n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false;

/** Chromium: a page as assistive technology sees it (the CDP accessibility tree, all frames of it). */
export async function accessibilityTree(page: Page): Promise<AXTree> {
  const cdp = await page.createCDPSession();
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const walk: AXTree['walk'] = (root, visit) => {
      const go = (n: AXNode, ancestors: string[]) => {
        visit(n, ancestors);
        const inner = [...ancestors, roleOf(n)];
        for (const id of n.childIds ?? []) {
          const child = byId.get(id);
          if (child) go(child, inner);
        }
      };
      go(root, []);
    };
    return { nodes, walk };
  } finally {
    await cdp.detach();
  }
}
