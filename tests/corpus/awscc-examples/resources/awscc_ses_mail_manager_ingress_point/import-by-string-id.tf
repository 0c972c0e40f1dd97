import {
  to = awscc_ses_mail_manager_ingress_point.example
  id = "ingress_point_id"
}