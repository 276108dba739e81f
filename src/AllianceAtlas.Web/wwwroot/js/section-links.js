// Adds a "copy link" button beside every section heading of an essay (topics, alliances, events and their
// discussion questions): the places a teacher links to. Without JavaScript the table of contents still gives each
// section's link; this only saves a teacher a step.
(function () {
    "use strict";
    var status = null;
    var announce = function (text) {
        if (status === null) {
            status = document.createElement("p");
            status.className = "visually-hidden";
            status.setAttribute("role", "status");
            document.querySelector("main").appendChild(status);
        }

        status.textContent = text;
    };

    document.querySelectorAll("main .prose h2[id], main .prose h3[id]").forEach(function (heading) {
        var label = heading.textContent;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy-link";
        button.textContent = "Copy link";
        button.setAttribute("aria-label", "Copy link to the section " + label);
        button.addEventListener("click", function () {
            var url = location.origin + location.pathname + location.search + "#" + heading.id;
            var done = function () {
                // Said on the button for those who see it, and in the status for those who hear it.
                button.textContent = "Copied";
                button.setAttribute("aria-label", "Copied link to the section " + label);
                announce("Link to “" + label + "” copied.");
                window.setTimeout(function () {
                    button.textContent = "Copy link";
                    button.setAttribute("aria-label", "Copy link to the section " + label);
                }, 4000);
            };
            if (navigator.clipboard && navigator.clipboard.writeText) {
                navigator.clipboard.writeText(url).then(done, function () { location.hash = heading.id; });
            } else {
                location.hash = heading.id;
            }
        });
        heading.appendChild(button);
    });
}());
