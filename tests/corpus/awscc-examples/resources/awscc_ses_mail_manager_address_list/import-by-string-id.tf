import {
  to = awscc_ses_mail_manager_address_list.example
  id = "address_list_id"
}