"""Glue crawls as `terrace run` follows them.

From the AWS Glue API reference:
- GetCrawler: Crawler.State is READY, RUNNING or STOPPING; Crawler.LastCrawl
  {Status: SUCCEEDED | CANCELLED | FAILED, ErrorMessage, LogGroup,
  LogStream, MessagePrefix, StartTime}. moto 5.2.1 gives the crawl's own
  states there (COMPLETED, STOPPED): mapped to SUCCEEDED and CANCELLED.
- GetCrawlerMetrics {CrawlerNameList} -> {CrawlerMetricsList: [{CrawlerName,
  TimeLeftSeconds, StillEstimating, LastRuntimeSeconds, MedianRuntimeSeconds,
  TablesCreated, TablesUpdated, TablesDeleted}]}, which moto lacks.

moto crawls nothing. In place of what a crawl finds, a deterministic rule:
a crawl that ends creates one table per S3 target (a crawler makes a table
per folder it finds), updates and deletes none; a crawler whose
Description starts with "moto-crawl-fails: " ends its crawls FAILED with
the rest of it as ErrorMessage. The crawl's states still move under moto's
state manager (`glue::crawl`).
"""
from moto.core.responses import ActionResult
from moto.glue.models import FakeCrawler, GlueBackend
from moto.glue.responses import GlueResponse

FAILS = "moto-crawl-fails: "
STATUS = {"COMPLETED": "SUCCEEDED", "STOPPED": "CANCELLED"}

_as_dict = FakeCrawler.as_dict


def _failed(crawler):
    return (crawler.description or "").startswith(FAILS)


def as_dict(self):
    d = _as_dict(self)
    last = d.get("LastCrawl")
    if last:
        status = STATUS.get(last["Status"], last["Status"])
        if status == "SUCCEEDED" and _failed(self):
            status = "FAILED"
            last["ErrorMessage"] = self.description[len(FAILS):]
        last["Status"] = status
    return d


def get_crawler_metrics(self, names):
    out = []
    for name in names:
        crawler = self.get_crawler(name)
        ended = [c for c in crawler.crawls if c.status == "COMPLETED"]
        made = len((crawler.targets or {}).get("S3Targets", [])) if ended and not _failed(crawler) else 0
        out.append({"CrawlerName": name, "TimeLeftSeconds": 0.0, "StillEstimating": False,
                    "LastRuntimeSeconds": 1.0 if ended else 0.0,
                    "MedianRuntimeSeconds": 1.0 if ended else 0.0,
                    "TablesCreated": made, "TablesUpdated": 0, "TablesDeleted": 0})
    return out


def get_crawler_metrics_response(self):
    names = self._get_param("CrawlerNameList") or list(self.glue_backend.crawlers)
    return ActionResult({"CrawlerMetricsList": self.glue_backend.get_crawler_metrics(names)})


FakeCrawler.as_dict = as_dict
GlueBackend.get_crawler_metrics = get_crawler_metrics
GlueResponse.get_crawler_metrics = get_crawler_metrics_response
