"""The mabl fake's CRUD resources: applications, environments, credentials, database connections, DataTables,
flows' and tests' metadata, issues, Link, Mailboxes, users and invitations. One handler per operationId."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ._fake import FakeHTTPError, Request, Response, operation
from ._mabl_base import MablBase, public
from ._mabl_model import millis

__all__ = ["Resources"]

MAILBOX_QUOTA = 100  # permanent Mailboxes per workspace (facts §5; 20 on trial)
INVITE_LIFETIME = timedelta(days=7)  # link invites (facts: invite-by-link changelog)


class Resources(MablBase):
    """Handlers for the resources mabl stores (state in :attr:`items`)."""

    # -- applications ------------------------------------------------------------------------------------------------

    @operation("createapplication")
    def _createapplication(self, request: Request) -> Response:
        key = self.key(request)
        self.home(key, request.json["workspace_id"])
        body = request.json | {"organization_id": request.json["workspace_id"]}
        return Response(201, public(self.create("applications", "a", body, key)))

    @operation("getapplication")
    def _getapplication(self, request: Request) -> Response:
        return Response(
            200, public(self.find("applications", request.path_params["application_id"], self.key(request)))
        )

    @operation("queryapplications")
    def _queryapplications(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        return self.page(request, self.in_workspace("applications", workspace), "applications")

    @operation("removeapplication")
    def _removeapplication(self, request: Request) -> Response:
        return self.remove("applications", request.path_params["application_id"], self.key(request))

    @operation("updateapplication")
    def _updateapplication(self, request: Request) -> Response:
        key = self.key(request)
        item = self.find("applications", request.path_params["application_id"], key)
        fields = dict(request.json)
        mask = request.query.get("field_mask")
        if mask is not None:  # only the named fields change
            fields = {name: value for name, value in fields.items() if name in mask.split(",")}
        if "workspace_id" in fields:
            self.reach(key, fields["workspace_id"])
        return Response(200, public(self.change("applications", item, fields)))

    # -- environments ------------------------------------------------------------------------------------------------

    def _environment(self, item: dict[str, Any], *, decrypt: bool = False) -> dict[str, Any]:
        shown = public(item)
        if "variables" in shown and not decrypt:  # inferred: encrypted values are opaque placeholders
            shown["variables"] = dict.fromkeys(shown["variables"], "<encrypted>")
        return shown

    @operation("createenvironment")
    def _createenvironment(self, request: Request) -> Response:
        key = self.key(request)
        self.home(key, request.json["workspace_id"])
        body = request.json | {"organization_id": request.json["workspace_id"]}
        return Response(201, self._environment(self.create("environments", "e", body, key)))

    @operation("getenvironment")
    def _getenvironment(self, request: Request) -> Response:
        item = self.find("environments", request.path_params["environment_id"], self.key(request))
        return Response(200, self._environment(item, decrypt=request.query.get("decrypt", False)))

    @operation("queryenvironments")
    def _queryenvironments(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        items = [self._environment(item) for item in self.in_workspace("environments", workspace)]
        return self.page(request, items, "environments")

    @operation("removeenvironment")
    def _removeenvironment(self, request: Request) -> Response:
        return self.remove("environments", request.path_params["environment_id"], self.key(request))

    @operation("updateenvironment")
    def _updateenvironment(self, request: Request) -> Response:
        key = self.key(request)
        item = self.find("environments", request.path_params["environment_id"], key)
        return Response(200, self._environment(self.change("environments", item, request.json)))

    # -- credentials -------------------------------------------------------------------------------------------------

    @staticmethod
    def _credentials(item: dict[str, Any], *, secrets: bool = False) -> dict[str, Any]:
        shown = public(item)
        if not secrets or shown.get("cloud_only"):  # plain text only when asked for, never for cloud-only ones
            shown.pop("properties", None)
        return shown

    @operation("createcredentials")
    def _createcredentials(self, request: Request) -> Response:
        key = self.key(request)
        self.home(key, request.json["organization_id"])
        return Response(201, self._credentials(self.create("credentials", "", request.json, key)))

    @operation("getcredentials")
    def _getcredentials(self, request: Request) -> Response:
        item = self.find("credentials", request.path_params["credentials_id"], self.key(request))
        return Response(200, self._credentials(item, secrets=request.query.get("with_secrets", False)))

    @operation("querycredentials")
    def _querycredentials(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["organization_id"])
        secrets = request.query.get("with_secrets", False)
        items = [self._credentials(item, secrets=secrets) for item in self.in_workspace("credentials", workspace)]
        return self.page(request, items, "credentials")

    @operation("removecredentials")
    def _removecredentials(self, request: Request) -> Response:
        return self.remove("credentials", request.path_params["credentials_id"], self.key(request))

    @operation("updatecredentials")
    def _updatecredentials(self, request: Request) -> Response:
        key = self.key(request)
        item = self.find("credentials", request.path_params["credentials_id"], key)
        return Response(200, self._credentials(self.change("credentials", item, request.json)))

    # -- database connections ----------------------------------------------------------------------------------------

    @operation("createdatabaseconnection")
    def _createdatabaseconnection(self, request: Request) -> Response:
        key = self.key(request)
        self.home(key, request.json["workspace_id"])
        return Response(201, public(self.create("connections", "", request.json, key)))

    @operation("deletedatabaseconnection")
    def _deletedatabaseconnection(self, request: Request) -> Response:
        return self.remove("connections", request.path_params["connection_id"], self.key(request))

    @operation("getdatabaseconnection")
    def _getdatabaseconnection(self, request: Request) -> Response:
        return Response(200, public(self.find("connections", request.path_params["connection_id"], self.key(request))))

    @operation("querydatabaseconnections")
    def _querydatabaseconnections(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        return Response(200, {"connections": [public(c) for c in self.in_workspace("connections", workspace)]})

    @operation("updatedatabaseconnection")
    def _updatedatabaseconnection(self, request: Request) -> Response:
        key = self.key(request)
        item = self.find("connections", request.path_params["connection_id"], key)
        return Response(200, public(self.change("connections", item, request.json)))

    # -- DataTables --------------------------------------------------------------------------------------------------

    def _table(self, request: Request) -> dict[str, Any]:
        return self.find("datatables", request.path_params["data_table_id"], self.key(request))

    def _scenario(self, request: Request) -> dict[str, Any]:
        return self.find("scenarios", request.path_params["scenario_id"], self.key(request))

    def _new_scenario(self, table: dict[str, Any], fields: dict[str, Any], key: Any) -> dict[str, Any]:
        names = self.variable_names[table["id"]]
        given = {v["name"]: v["value"] for v in fields.get("variables", [])}
        names.extend(name for name in given if name not in names)
        variables = [{"name": name, "value": given.get(name, "")} for name in names]
        body = {"name": fields["name"], "variables": variables, "data_table_id": table["id"]}
        scenario = self.create("scenarios", "vr", body, key, _workspace_id=table["workspace_id"])
        for other in self.items["scenarios"].values():  # every scenario carries every variable
            have = {v["name"] for v in other["variables"]}
            other["variables"] += [{"name": n, "value": ""} for n in names if n not in have]
        return scenario

    def _names(self, table: dict[str, Any]) -> Response:
        return Response(200, {"variable_names": list(self.variable_names[table["id"]])})

    def _scenarios_of(self, table_id: str) -> list[dict[str, Any]]:
        return [s for s in self.items["scenarios"].values() if s["data_table_id"] == table_id]

    @operation("createdatatable")
    def _createdatatable(self, request: Request) -> Response:
        key = self.key(request)
        workspace = self.home(key, request.json["workspace_id"])
        table = self.create("datatables", "vt", request.json["data_table"], key, workspace_id=workspace)
        self.variable_names[table["id"]] = []
        for scenario in request.json.get("scenarios", []):
            if "name" not in scenario:
                raise FakeHTTPError(400, "Every scenario needs a name.")
            self._new_scenario(table, scenario, key)
        return Response(201, public(table))

    @operation("createscenario")
    def _createscenario(self, request: Request) -> Response:
        table = self._table(request)
        if len(self._scenarios_of(table["id"])) >= 1000:
            raise FakeHTTPError(400, "A DataTable holds at most 1000 scenarios.")
        return Response(200, public(self._new_scenario(table, request.json, request.principal)))

    @operation("createvariablename")
    def _createvariablename(self, request: Request) -> Response:
        table, name = self._table(request), request.json["name"]
        if name in self.variable_names[table["id"]]:
            raise FakeHTTPError(400, f"The DataTable already has a variable {name!r}.")
        self.variable_names[table["id"]].append(name)
        for scenario in self._scenarios_of(table["id"]):
            scenario["variables"].append({"name": name, "value": request.json.get("default_value", "")})
        return self._names(table)

    @operation("getdatatable")
    def _getdatatable(self, request: Request) -> Response:
        return Response(200, public(self._table(request)))

    @operation("getscenario")
    def _getscenario(self, request: Request) -> Response:
        return Response(200, public(self._scenario(request)))

    @operation("getvariablenames")
    def _getvariablenames(self, request: Request) -> Response:
        return self._names(self._table(request))

    @operation("putdatatable")
    def _putdatatable(self, request: Request) -> Response:
        return Response(200, public(self.change("datatables", self._table(request), request.json)))

    @operation("putscenario")
    def _putscenario(self, request: Request) -> Response:
        scenario = self._scenario(request)
        fields: dict[str, Any] = {}
        if "name" in request.json:
            fields["name"] = request.json["name"]
        if "variables" in request.json:
            given = {v["name"]: v["value"] for v in request.json["variables"]}
            known = {v["name"] for v in scenario["variables"]}
            if unknown := sorted(set(given) - known):
                raise FakeHTTPError(400, f"Unknown variable(s) {', '.join(unknown)}; create them first.")
            fields["variables"] = [
                {"name": v["name"], "value": given.get(v["name"], v["value"])} for v in scenario["variables"]
            ]
        return Response(200, public(self.change("scenarios", scenario, fields)))

    @operation("querydatatables")
    def _querydatatables(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        return self.page(request, self.in_workspace("datatables", workspace), "dataTables")

    @operation("queryscenarios")
    def _queryscenarios(self, request: Request) -> Response:
        table = self.find("datatables", request.query["data_table_id"], self.key(request))
        return self.page(request, self._scenarios_of(table["id"]), "scenarios")

    @operation("removescenario")
    def _removescenario(self, request: Request) -> Response:
        return self.remove("scenarios", request.path_params["scenario_id"], self.key(request))

    @operation("removevariablename")
    def _removevariablename(self, request: Request) -> Response:
        table, name = self._table(request), request.json["name"]
        if name not in self.variable_names[table["id"]]:
            raise FakeHTTPError(404, f"The DataTable has no variable {name!r}.")
        self.variable_names[table["id"]].remove(name)
        for scenario in self._scenarios_of(table["id"]):
            scenario["variables"] = [v for v in scenario["variables"] if v["name"] != name]
        return self._names(table)

    @operation("updatevariablename")
    def _updatevariablename(self, request: Request) -> Response:
        table, old, new = self._table(request), request.json["name"], request.json["new_name"]
        names = self.variable_names[table["id"]]
        if old not in names:
            raise FakeHTTPError(404, f"The DataTable has no variable {old!r}.")
        if new in names and new != old:
            raise FakeHTTPError(400, f"The DataTable already has a variable {new!r}.")
        names[names.index(old)] = new
        for scenario in self._scenarios_of(table["id"]):
            for variable in scenario["variables"]:
                if variable["name"] == old:
                    variable["name"] = new
        return self._names(table)

    # -- flows and tests ---------------------------------------------------------------------------------------------

    @operation("getflowmetadata")
    def _getflowmetadata(self, request: Request) -> Response:
        return Response(200, public(self.find("flows", request.path_params["flow_id"], self.key(request))))

    @operation("updateflowmetadata")
    def _updateflowmetadata(self, request: Request) -> Response:
        flow = self.find("flows", request.path_params["flow_id"], self.key(request))
        return Response(200, public(self.change("flows", flow, request.json)))

    @operation("gettestmetadata")
    def _gettestmetadata(self, request: Request) -> Response:
        return Response(200, public(self.find("tests", request.path_params["test_id"], self.key(request))))

    @operation("updatetestmetadata")
    def _updatetestmetadata(self, request: Request) -> Response:
        test = self.find("tests", request.path_params["test_id"], self.key(request))
        return Response(200, public(self.change("tests", test, request.json)))

    # -- issues ------------------------------------------------------------------------------------------------------

    @operation("createissue")
    def _createissue(self, request: Request) -> Response:
        key = self.key(request)
        workspace = self.home(key, request.json.get("workspace_id"))
        # inferred: a new issue still has to be synced to the tracker
        issue = self.create("issues", "", request.json | {"workspace_id": workspace, "committed": False}, key)
        return Response(201, public(issue))

    @operation("getissue")
    def _getissue(self, request: Request) -> Response:
        return Response(200, public(self.find("issues", request.path_params["issue_id"], self.key(request))))

    @operation("queryissuesbyworkspaceid")
    def _queryissuesbyworkspaceid(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        issues = self.in_workspace("issues", workspace)
        if "open" in request.query:
            issues = [i for i in issues if i.get("open", True) == request.query["open"]]
        if "linkedTo" in request.query:  # inferred: linked resources are the values of issue_fields
            issues = [i for i in issues if request.query["linkedTo"] in i.get("issue_fields", {}).values()]
        return self.page(request, issues, "issues")

    @operation("removeissue")
    def _removeissue(self, request: Request) -> Response:
        return self.remove("issues", request.path_params["issue_id"], self.key(request))

    @operation("updateissue")
    def _updateissue(self, request: Request) -> Response:
        issue = self.find("issues", request.path_params["issue_id"], self.key(request))
        return Response(200, public(self.change("issues", issue, request.json | {"committed": False})))

    # -- Link --------------------------------------------------------------------------------------------------------

    @operation("querylinkagents")
    def _querylinkagents(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        agents = [a for a in self.in_workspace("link_agents", workspace) if a.get("status") != "terminated"]
        if "label" in request.query:
            agents = [a for a in agents if a["name"] == request.query["label"]]
        if "max_heartbeat_age_sec" in request.query:
            oldest = self.now_ms() - 1000 * request.query["max_heartbeat_age_sec"]
            agents = [a for a in agents if a.get("heartbeat", 0) >= oldest]
        return self.page(request, agents, "link_agents")

    @operation("redirecttolatestdistribution")
    def _redirecttolatestdistribution(self, request: Request) -> Response:
        self.key(request)
        fmt = request.query.get("format", "zip")
        fmt = fmt if fmt.isascii() and fmt.isalnum() else "zip"
        return Response(302, None, {"location": f"{self.origin(request)}/_fake/link/mabl-link-agent-latest.{fmt}"})

    @operation("terminatelinkagent")
    def _terminatelinkagent(self, request: Request) -> Response:
        agent = self.find("link_agents", request.path_params["link_agent_id"], self.key(request))
        self.change("link_agents", agent, {"status": "terminated"})  # inferred status name
        return Response(204)

    @operation("deletelinkstack")
    def _deletelinkstack(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        label = request.path_params["label"]
        if label not in self._labels(workspace):
            raise FakeHTTPError(404, f"No Link label {label!r} in this workspace.")
        for agent in [a for a in self.in_workspace("link_agents", workspace) if a["name"] == label]:
            del self.items["link_agents"][agent["id"]]
        for environment in self.in_workspace("environments", workspace):
            if label in environment.get("link_agent_labels", []):
                environment["link_agent_labels"].remove(label)
        return Response(204)

    def _labels(self, workspace: str) -> list[str]:
        names = {a["name"] for a in self.in_workspace("link_agents", workspace)}
        names |= {
            label for e in self.in_workspace("environments", workspace) for label in e.get("link_agent_labels", [])
        }
        return sorted(names)

    @operation("querylinklabels")
    def _querylinklabels(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query["workspace_id"])
        return Response(200, {"labels": self._labels(workspace)})

    # -- Mailbox -----------------------------------------------------------------------------------------------------

    def _mailbox(self, request: Request, name: str = "mailbox_id") -> dict[str, Any]:
        wanted = request.path_params[name]
        for mailbox in self.items["mailboxes"].values():
            if wanted == mailbox["email_address"]:  # GET accepts the address too
                self.reach(self.key(request), mailbox["workspace_id"])
                return mailbox
        return self.find("mailboxes", wanted, self.key(request))

    @operation("createpermanentmailbox")
    def _createpermanentmailbox(self, request: Request) -> Response:
        key = self.key(request)
        workspace = self.home(key, request.json["workspace_id"])
        if len(self.in_workspace("mailboxes", workspace)) >= MAILBOX_QUOTA:
            raise FakeHTTPError(400, f"A workspace may have at most {MAILBOX_QUOTA} permanent Mailboxes.")
        prefix = request.json.get("address_prefix") or "mailbox"
        body = {k: v for k, v in request.json.items() if k != "address_prefix"}
        address = f"{prefix}-{next(self._ids):05d}@{workspace.removesuffix('-w').lower()}.mailbox.mabl.com"
        return Response(201, public(self.create("mailboxes", "", body | {"email_address": address}, key)))

    @operation("deletemailboxaddress")
    def _deletemailboxaddress(self, request: Request) -> Response:
        return self.remove("mailboxes", request.path_params["mailbox_id"], self.key(request))

    @operation("getmailboxaddress")
    def _getmailboxaddress(self, request: Request) -> Response:
        return Response(200, public(self._mailbox(request)))

    @operation("querymailboxesinworkspace")
    def _querymailboxesinworkspace(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        mailboxes = self.in_workspace("mailboxes", workspace)
        body = {
            "mailboxes": [public(m) for m in mailboxes],
            "remaining_permanent_mailboxes": MAILBOX_QUOTA - len(mailboxes),
        }
        return Response(200, body)

    @operation("updatemailboxaddress")
    def _updatemailboxaddress(self, request: Request) -> Response:
        mailbox = self.find("mailboxes", request.path_params["mailbox_id"], self.key(request))
        return Response(200, public(self.change("mailboxes", mailbox, request.json)))

    @operation("updatemailboxstatus")
    def _updatemailboxstatus(self, request: Request) -> Response:
        mailbox = self.find("mailboxes", request.path_params["mailbox_id"], self.key(request))
        if request.json["status"] == "disabled":
            mailbox.setdefault("disabled_time", self.now_ms())
        else:
            mailbox.pop("disabled_time", None)
        return Response(200, public(self.change("mailboxes", mailbox, {})))

    # -- users and invitations ---------------------------------------------------------------------------------------

    def _user(self, user: dict[str, Any], workspace: str) -> dict[str, Any]:
        shown = {"id": user["id"], "email": user["email"], "name": user["name"]}
        if workspace in user["roles"]:
            return shown | {"role": user["roles"][workspace], "historic": False}
        return shown | {"historic": True}  # a former member: high-level information only

    @operation("createorganizationinvitation")
    def _createorganizationinvitation(self, request: Request) -> Response:
        key = self.key(request)
        workspace = self.home(key, request.path_params["workspace_id"])
        kind = request.json.get("invite_type", "email")
        invitation = {
            "workspace_id": workspace,
            "role": request.json["role"],
            "emails": list(request.json["emails"]),
            "invite_type": kind,
            "expiration_time": millis(self.clock.now() + INVITE_LIFETIME),
        }
        created = self.create("invitations", "", invitation, key)
        if kind == "link":
            created["invite_url"] = f"https://app.mabl.com/invite/{created['id']}"
        return Response(201, public(created))

    @operation("getworkspaceuser")
    def _getworkspaceuser(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.path_params["workspace_id"])
        user = self.users.get(request.path_params["user_id"])
        if user is None or (workspace not in user["roles"] and workspace not in user["left"]):
            raise FakeHTTPError(404, "The user was never in this workspace.")
        return Response(200, self._user(user, workspace))

    @operation("queryusers")
    def _queryusers(self, request: Request) -> Response:
        workspace = self.home(self.key(request), request.query.get("workspace_id"))
        historic = request.query.get("include_historic", False)
        users = [
            self._user(u, workspace)
            for u in self.users.values()
            if workspace in u["roles"] or (historic and workspace in u["left"])
        ]
        if "email" in request.query:
            users = [u for u in users if u["email"].lower() == request.query["email"].lower()]
        return self.page(request, users, "users")
