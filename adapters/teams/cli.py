"""Teams' own command: `rolecall teams-package`, the app package to upload."""

import os
import sys
from pathlib import Path

from adapters import cli


def add_commands(sub) -> None:
    from adapters.teams.package import APP_NAME, APP_VERSION, DEFAULT_OUT, WEBSITE

    parser = sub.add_parser("teams-package", help="write the Teams app package (zip) to upload to Teams")
    parser.add_argument("--app-id", help="the bot's Microsoft app id (default: $MICROSOFT_APP_ID)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="where to write the zip")
    parser.add_argument("--name", default=APP_NAME, help=f"the app's name in Teams (default {APP_NAME})")
    parser.add_argument("--version", dest="app_version", default=APP_VERSION,
                        help=f"the app's version, three numbers; raise it for each re-upload (default {APP_VERSION})")
    parser.add_argument("--website", default=WEBSITE, help="your page about the app (https)")
    parser.add_argument("--privacy-url", help="your privacy statement (https; default: WEBSITE/privacy)")
    parser.add_argument("--terms-url", help="your terms of use (https; default: WEBSITE/terms)")
    parser.set_defaults(run=_teams_package)


def _teams_package(args) -> int:
    from adapters.teams.package import PackageDetails, write_package

    app_id = args.app_id or os.environ.get("MICROSOFT_APP_ID")  # read after --env-file was loaded
    if not app_id:
        print("rolecall: teams-package needs the bot's Microsoft app id: --app-id GUID or $MICROSOFT_APP_ID",
              file=sys.stderr)
        return cli.EXIT_USAGE
    details = PackageDetails(name=args.name, version=args.app_version, website=args.website,
                             privacy_url=args.privacy_url, terms_url=args.terms_url)
    try:
        path = write_package(app_id, Path(args.out), details)
    except (ValueError, OSError) as exc:  # not a GUID; a folder that is not there or not writable
        raise cli.Fail(str(exc))
    print(f"wrote {path}: upload it in Teams under Apps > Manage your apps > Upload an app")
    return cli.EXIT_OK
