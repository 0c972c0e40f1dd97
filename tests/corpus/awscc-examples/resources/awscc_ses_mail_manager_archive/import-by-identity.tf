import {
  to = awscc_ses_mail_manager_archive.example
  identity = {
    archive_id = "archive_id"
  }
}
