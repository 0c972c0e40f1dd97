import {
  to = awscc_events_archive.example
  identity = {
    archive_name = "archive_name"
  }
}
