import {
  to = awscc_ses_mail_manager_archive.example
  id = "archive_id"
}