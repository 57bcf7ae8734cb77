/**
 * Finding open shadow roots without visiting every element from script (each element handed to the
 * content script's world costs a wrapper object). Web components, custom elements whose names
 * contain a hyphen, host nearly all shadow roots on the web: a selector that excludes every standard
 * element name leaves them, and the browser evaluates it natively. A shadow root attached to a
 * standard element (`div.attachShadow`) is not found by this pass: a known limit, see the README.
 */
const STANDARD_TAGS =
  'html,head,body,title,meta,link,style,script,noscript,template,slot,base,div,span,p,a,b,i,u,s,em,strong,small,' +
  'big,mark,abbr,cite,code,kbd,samp,var,dfn,q,sub,sup,time,data,bdi,bdo,br,wbr,ins,del,ruby,rt,rp,rb,font,center,' +
  'h1,h2,h3,h4,h5,h6,header,footer,main,nav,section,article,aside,address,hgroup,search,blockquote,pre,hr,figure,' +
  'figcaption,ul,ol,li,dl,dt,dd,menu,table,caption,colgroup,col,thead,tbody,tfoot,tr,td,th,form,label,input,' +
  'button,select,datalist,optgroup,option,textarea,output,progress,meter,fieldset,legend,details,summary,dialog,' +
  'img,picture,source,iframe,embed,object,param,video,audio,track,map,area,canvas,svg,math,noembed,frameset,frame,' +
  'marquee,nobr,tt,strike,acronym,applet,basefont,dir,image,keygen,listing,plaintext,xmp,portal,g,path,rect,' +
  'circle,ellipse,line,polyline,polygon,use,defs,symbol,text,tspan,lineargradient,radialgradient,stop,clippath,' +
  'mask,pattern,filter,foreignobject,desc,metadata,switch,view,mi,mo,mn,ms,mrow,msup,msub,mfrac,msqrt,semantics,annotation';

const NON_STANDARD = `:not(${STANDARD_TAGS})`;

export function openShadowRootsIn(root: Node): ShadowRoot[] {
  const scope = root as ParentNode;
  if (typeof scope.querySelectorAll !== 'function') return [];
  const roots: ShadowRoot[] = [];
  const add = (el: Element) => {
    const sr = el.shadowRoot;
    if (sr && sr.mode === 'open') roots.push(sr);
  };
  if (root.nodeType === 1) add(root as Element);
  for (const el of scope.querySelectorAll(NON_STANDARD)) add(el);
  return roots;
}
