import {
  to = awscc_ses_mail_manager_ingress_point.example
  identity = {
    ingress_point_id = "ingress_point_id"
  }
}
