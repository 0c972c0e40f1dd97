import {
  to = awscc_ses_mail_manager_address_list.example
  identity = {
    address_list_id = "address_list_id"
  }
}
