// Adds a "copy link" button beside every essay heading. Without JavaScript the table of contents
// still gives each section's link; this only saves a teacher a step.
(function () {
    "use strict";
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    document.body.appendChild(status);

    document.querySelectorAll(".prose h2[id], .prose h3[id]").forEach(function (heading) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy-link";
        button.textContent = "Copy link";
        button.setAttribute("aria-label", "Copy link to the section " + heading.textContent);
        button.addEventListener("click", function () {
            var url = location.origin + location.pathname + location.search + "#" + heading.id;
            var done = function () { status.textContent = "Link to “" + heading.textContent + "” copied."; };
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(url).then(done, function () { location.hash = heading.id; });
            } else {
                location.hash = heading.id;
            }
        });
        heading.appendChild(button);
    });
}());
