import {
  to = awscc_events_archive.example
  id = "archive_name"
}