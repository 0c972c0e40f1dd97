import {
  to = awscc_iam_server_certificate.example
  id = "server_certificate_name"
}