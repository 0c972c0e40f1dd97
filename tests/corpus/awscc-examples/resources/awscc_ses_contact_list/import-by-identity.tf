import {
  to = awscc_ses_contact_list.example
  identity = {
    contact_list_name = "contact_list_name"
  }
}
