// Galley preview glue. Injected by PreviewPane into the application's isolated world
// (QWebEngineScript::ApplicationWorld): it runs although page JavaScript is disabled, and
// nothing in the article can see or call it. The page body sits between two comments,
// <!--galley-body--> and <!--/galley-body-->, that only the preview's copy of the page has.
//
// PreviewPane calls:
//   galley.blockCount()                       top-level blocks between the markers (-1: none)
//   galley.patch(start, removeCount, html)    replace blocks [start, start+removeCount) with html;
//                                             returns the new block count
//   galley.scrollToLeaf(index)                bring the index-th text block into view
//   galley.viewAnchor() / galley.restoreAnchor(index, top)  keep the reader's place over a reload
//   galley.scrollY() / galley.setScrollY(y)   the plain scroll position
//   galley.alignLeaf(index, fraction)         put the index-th text block, fraction of its height
//                                             in, at the top of the window (-1: the top of the
//                                             page, -2: its end); for synchronized scrolling
// and it reports clicks with console.log("galley:click {...}"), Ctrl+clicks on links with
// console.log("galley:link {...}") and scrolling by the reader (never by these calls) with
// console.log("galley:scroll {block, fraction}") (read by PreviewPage).
(function () {
    'use strict';
    // The text blocks of canonical HTML in document order: one per QTextBlock of the editor.
    const LEAF_SELECTOR = 'p, h2, h3, h4, li, hr, figure, figcaption';

    function markers() {
        const walker = document.createTreeWalker(document.body || document.documentElement,
                                                 NodeFilter.SHOW_COMMENT);
        let start = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.data === 'galley-body')
                start = node;
            else if (node.data === '/galley-body' && start && node.parentNode === start.parentNode)
                return { start: start, end: node };
        }
        return null;
    }

    let cached = null;
    function range() {
        if (!cached || !cached.start.isConnected || !cached.end.isConnected)
            cached = markers();
        return cached;
    }

    function topBlocks(r) {
        const blocks = [];
        for (let node = r.start.nextSibling; node && node !== r.end; node = node.nextSibling) {
            if (node.nodeType === Node.ELEMENT_NODE)
                blocks.push(node);
        }
        return blocks;
    }

    function leaves(r) {
        const result = [];
        for (const block of topBlocks(r)) {
            if (block.matches(LEAF_SELECTOR))
                result.push(block);
            for (const leaf of block.querySelectorAll(LEAF_SELECTOR))
                result.push(leaf);
        }
        return result;
    }

    function isLeaf(element) {
        return element.matches(LEAF_SELECTOR);
    }

    // Scrolling that these calls do (or that follows from a patch) is not the reader's: it is
    // not reported back, so synchronized scrolling never answers itself.
    let quietUntil = 0;
    function quiet() {
        quietUntil = performance.now() + 250;
    }

    const api = {
        blockCount: function () {
            const r = range();
            return r ? topBlocks(r).length : -1;
        },
        patch: function (start, removeCount, html) {
            const r = range();
            if (!r)
                return -1;
            const blocks = topBlocks(r);
            if (start < 0 || removeCount < 0 || start + removeCount > blocks.length)
                return -1;
            const next = start + removeCount < blocks.length ? blocks[start + removeCount] : r.end;
            // Drop the whitespace between the removed blocks too, so repeated patches do not
            // pile up text nodes.
            let node = start < blocks.length ? blocks[start] : next;
            while (node && node !== next) {
                const following = node.nextSibling;
                node.remove();
                node = following;
            }
            quiet(); // the page's height changes; the browser may move the scroll position
            const template = document.createElement('template');
            template.innerHTML = html; // inert: nothing in a template runs or loads
            r.start.parentNode.insertBefore(template.content, next);
            return topBlocks(r).length;
        },
        scrollToLeaf: function (index) {
            const r = range();
            if (!r)
                return false;
            const list = leaves(r);
            const target = list[Math.max(0, Math.min(index, list.length - 1))];
            if (!target)
                return false;
            const rect = target.getBoundingClientRect();
            const height = window.innerHeight;
            const tall = rect.height > height;
            const visible = tall ? rect.top < height / 2 && rect.bottom > height / 2
                                 : rect.top >= 0 && rect.bottom <= height;
            if (!visible) {
                quiet();
                target.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'nearest' });
            }
            return true;
        },
        leafCount: function () {
            const r = range();
            return r ? leaves(r).length : -1;
        },
        // Where the reader is: the first text block still on screen and how far from the top of
        // the window it starts. Restored after a reload so the same text stays in the same place
        // even when the page above it changed height.
        viewAnchor: function () {
            const r = range();
            if (!r || window.scrollY <= 0)
                return [-1, 0];
            const list = leaves(r);
            for (let i = 0; i < list.length; ++i) {
                const rect = list[i].getBoundingClientRect();
                if (rect.bottom > 0)
                    return [i, rect.top];
            }
            return [-1, 0];
        },
        restoreAnchor: function (index, top) {
            quiet();
            const r = range();
            const target = r && index >= 0 ? leaves(r)[index] : null;
            if (!target) {
                window.scrollTo(0, 0);
                return false;
            }
            window.scrollBy(0, target.getBoundingClientRect().top - top);
            return true;
        },
        scrollY: function () {
            return window.scrollY;
        },
        setScrollY: function (y) {
            quiet();
            window.scrollTo(0, y);
            return window.scrollY;
        },
        alignLeaf: function (index, fraction) {
            const r = range();
            if (!r)
                return false;
            quiet();
            if (index === -1) {
                window.scrollTo(0, 0);
                return true;
            }
            const scroller = document.scrollingElement || document.documentElement;
            if (index === -2) {
                window.scrollTo(0, scroller.scrollHeight);
                return true;
            }
            const list = leaves(r);
            const target = list[Math.max(0, Math.min(index, list.length - 1))];
            if (!target)
                return false;
            const rect = target.getBoundingClientRect();
            window.scrollBy(0, rect.top + rect.height * Math.max(0, Math.min(fraction, 1)));
            return true;
        },
    };
    window.galley = api;

    // The reader scrolled (wheel, scroll bar, keys): report the block at the top of the window
    // and how far into it, at most once a frame.
    let reportQueued = false;
    function reportScroll() {
        reportQueued = false;
        const r = range();
        if (!r)
            return;
        const scroller = document.scrollingElement || document.documentElement;
        let block = -1;
        let fraction = 0;
        if (window.scrollY + window.innerHeight >= scroller.scrollHeight - 1 && window.scrollY > 0) {
            block = -2;
        } else if (window.scrollY > 0) {
            const list = leaves(r);
            for (let i = 0; i < list.length; ++i) {
                const rect = list[i].getBoundingClientRect();
                if (rect.bottom > 0) {
                    block = i;
                    fraction = rect.top < 0 && rect.height > 0 ? -rect.top / rect.height : 0;
                    break;
                }
            }
        }
        console.log('galley:scroll ' + JSON.stringify({ block: block, fraction: fraction }));
    }
    window.addEventListener('scroll', function () {
        if (performance.now() < quietUntil || reportQueued)
            return;
        reportQueued = true;
        window.requestAnimationFrame(reportScroll);
    }, { passive: true });

    // A click puts the editor's cursor there: report the text block and the character offset.
    document.addEventListener('click', function (event) {
        const r = range();
        if (!r || event.button !== 0)
            return;
        let element = event.target instanceof Element ? event.target : event.target.parentElement;
        const link = element ? element.closest('a[href]') : null;
        if (link) {
            // Links never navigate the preview: a plain click places the cursor, Ctrl+click
            // asks Galley to open the link in the system browser.
            event.preventDefault();
            if (event.ctrlKey || event.metaKey) {
                console.log('galley:link ' + JSON.stringify({ href: link.href }));
                return;
            }
        }
        while (element && !isLeaf(element))
            element = element.parentElement;
        if (!element)
            return;
        const index = leaves(r).indexOf(element);
        if (index < 0)
            return;
        let offset = 0;
        const caret = document.caretRangeFromPoint(event.clientX, event.clientY);
        if (caret && element.contains(caret.startContainer)) {
            const before = document.createRange();
            before.setStart(element, 0);
            before.setEnd(caret.startContainer, caret.startOffset);
            offset = before.toString().length;
        }
        console.log('galley:click ' + JSON.stringify({ block: index, offset: offset }));
    }, true);
})();
