// The details panel shared by the pages. Every string comes from articles, so it goes into
// the page as text only; a link is made only for http(s) addresses.
var graphbuildDetails = (function () {
  function add(parent, tag, text) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) { element.textContent = text; }
    parent.appendChild(element);
    return element;
  }
  function link(parent, url, text) {
    if (!url || !/^https?:\/\//i.test(url)) { return add(parent, "span", text); }
    var anchor = add(parent, "a", text);
    anchor.href = url;
    anchor.target = "_blank";
    anchor.rel = "noopener noreferrer";
    return anchor;
  }
  function event(panel, record) {
    add(panel, "h3", record.label);
    add(panel, "p", record.type + " · " + record.modality + " · " + record.date_text);
    if (record.speaker) { add(panel, "p", "As told by " + record.speaker); }
    if (record.date_conflict) { add(panel, "p", "Sources disagree on the date; each keeps its own below."); }
    if (record.participants.length) {
      add(panel, "p", "Who and where: " + record.participants.map(function (p) {
        return p.name + " (" + p.role + ")"; }).join(", "));
    }
    if (record.quote) { add(panel, "blockquote", record.quote); }
    add(panel, "h4", "Sources (" + record.sources.length + ", " + record.independent_sources + " independent, confidence " + record.confidence + ")");
    record.sources.forEach(function (source) {
      var line = add(panel, "p");
      link(line, source.url, source.title || source.article);
      add(line, "span", " · " + (source.outlet || "outlet unknown") + " · " + (source.published || "date unknown"));
      add(panel, "blockquote", source.sentence);
    });
  }
  function entity(panel, record) {
    add(panel, "h3", record.name);
    add(panel, "p", record.kind + " · " + record.mentions + " mention(s) in " + record.articles.length + " article(s)");
    if (record.aliases.length) { add(panel, "p", "Also: " + record.aliases.join(", ")); }
    if (record.lat !== null && record.lon !== null) { add(panel, "p", "At " + record.lat + ", " + record.lon); }
  }
  function article(panel, record) {
    var heading = add(panel, "h3");
    link(heading, record.url, record.name);
    add(panel, "p", (record.outlet || "outlet unknown") + " · " + (record.published || "date unknown") +
      " (" + record.published_basis + ")");
    add(panel, "p", record.path);
  }
  return function show(panel, record) {
    panel.textContent = "";
    if (!record) { return; }
    if (record.kind === "EVENT") { event(panel, record); }
    else if (record.kind === "ARTICLE") { article(panel, record); }
    else { entity(panel, record); }
  };
})();
