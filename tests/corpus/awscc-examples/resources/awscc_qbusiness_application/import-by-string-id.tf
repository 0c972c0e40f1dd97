import {
  to = awscc_qbusiness_application.example
  id = "application_id"
}