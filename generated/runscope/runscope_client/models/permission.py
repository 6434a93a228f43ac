# Generated from specs/runscope/openapi.yaml by qaclients codegen (openapi-python-client 0.29.1, ruff 0.17.5). Do not edit.
# Regenerate with `nox -s generate`; the inputs are recorded in generated/runscope/GENERATED.json.
from enum import StrEnum


class Permission(StrEnum):
    __test__ = False  # not a pytest test class, whatever its name

    BUCKETALERTSVIEW = "bucket:alerts:view"
    BUCKETSHARED_ENVIRONMENTMODIFY = "bucket:shared_environment:modify"
    BUCKETTESTSDELETE = "bucket:tests:delete"
    BUCKETTESTSEXECUTE = "bucket:tests:execute"
    BUCKETTESTSEXPORT = "bucket:tests:export"
    BUCKETTESTSMODIFY = "bucket:tests:modify"
    BUCKETTESTSSCHEDULE = "bucket:tests:schedule"
    BUCKETTESTSSHARE = "bucket:tests:share"
    BUCKETTESTSVIEW = "bucket:tests:view"
    BUCKETTRAFFICVIEW = "bucket:traffic:view"
    TEAMBILLINGMODIFY = "team:billing:modify"
    TEAMBILLINGVIEW = "team:billing:view"
    TEAMBUCKETSADD = "team:buckets:add"
    TEAMBUCKETSMODIFY = "team:buckets:modify"
    TEAMCONNECTED_SERVICESDELETE = "team:connected_services:delete"
    TEAMCONNECTED_SERVICESMODIFY = "team:connected_services:modify"
    TEAMFILE_UPLOADMODIFY = "team:file_upload:modify"
    TEAMGATEWAY_AGENTALLOW = "team:gateway_agent:allow"
    TEAMGROUPSMODIFY = "team:groups:modify"
    TEAMGROUPSVIEW = "team:groups:view"
    TEAMNAMEMODIFY = "team:name:modify"
    TEAMPEOPLEINVITE = "team:people:invite"
    TEAMPEOPLEMODIFY = "team:people:modify"
    TEAMPEOPLEVIEW = "team:people:view"
    TEAMRADAR_AGENTALLOW = "team:radar_agent:allow"
    TEAMSCRIPT_LIBRARYDELETE = "team:script_library:delete"
    TEAMSCRIPT_LIBRARYMODIFY = "team:script_library:modify"
    TEAMSECRETSMODIFY = "team:secrets:modify"
    TEAMSECRETSVIEW = "team:secrets:view"
    TEAMUSAGEVIEW = "team:usage:view"

    def __str__(self) -> str:
        return str(self.value)
