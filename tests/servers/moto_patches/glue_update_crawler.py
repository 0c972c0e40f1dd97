"""Glue UpdateCrawler and UpdateCrawlerSchedule, which moto 5.2.1 lacks.

From the AWS Glue API reference:
- UpdateCrawler: request {Name, Role?, DatabaseName?, Description?, Targets?,
  Schedule?, Classifiers?, TablePrefix?, SchemaChangePolicy?, RecrawlPolicy?,
  LineageConfiguration?, LakeFormationConfiguration?, Configuration?,
  CrawlerSecurityConfiguration?}; the members given replace the crawler's,
  the others stay. An empty Description (DescriptionStringRemovable),
  TablePrefix or Schedule removes it. "If a crawler is running, you must
  stop it using StopCrawler before updating it": CrawlerRunningException.
  Response {}. EntityNotFoundException when there is no such crawler.
- UpdateCrawlerSchedule: request {CrawlerName, Schedule?}; response {};
  EntityNotFoundException when there is no such crawler.
Each change counts up the crawler's Version and sets LastUpdated.
"""
from moto.core.responses import EmptyResult
from moto.core.utils import utcnow
from moto.glue.exceptions import CrawlerRunningException
from moto.glue.models import GlueBackend
from moto.glue.responses import GlueResponse

_MEMBERS = {
    "Role": "role",
    "DatabaseName": "database_name",
    "Description": "description",
    "Targets": "targets",
    "Schedule": "schedule",
    "Classifiers": "classifiers",
    "TablePrefix": "table_prefix",
    "SchemaChangePolicy": "schema_change_policy",
    "RecrawlPolicy": "recrawl_policy",
    "LineageConfiguration": "lineage_configuration",
    "Configuration": "configuration",
    "CrawlerSecurityConfiguration": "crawler_security_configuration",
}
_REMOVABLE = {"Description", "TablePrefix", "Schedule"}


def _touch(crawler):
    crawler.version += 1
    crawler.last_updated = utcnow()


def _update_crawler(self, name, params):
    crawler = self.get_crawler(name)
    if crawler.status in ("RUNNING", "STOPPING"):
        raise CrawlerRunningException(f"Crawler with name {name} is running")
    for member, field in _MEMBERS.items():
        if member not in params:
            continue
        value = params[member]
        if member in _REMOVABLE and value == "":
            value = None
        setattr(crawler, field, value)
    _touch(crawler)


def _update_crawler_schedule(self, name, schedule):
    crawler = self.get_crawler(name)
    crawler.schedule = schedule or None
    _touch(crawler)


def _update_crawler_response(self):
    params = dict(self.parameters)
    name = params.pop("Name", None)
    self.glue_backend.update_crawler(name, params)
    return EmptyResult()


def _update_crawler_schedule_response(self):
    self.glue_backend.update_crawler_schedule(
        self._get_param("CrawlerName"), self._get_param("Schedule")
    )
    return EmptyResult()


GlueBackend.update_crawler = _update_crawler
GlueBackend.update_crawler_schedule = _update_crawler_schedule
GlueResponse.update_crawler = _update_crawler_response
GlueResponse.update_crawler_schedule = _update_crawler_schedule_response
