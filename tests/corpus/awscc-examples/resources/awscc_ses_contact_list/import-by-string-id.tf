import {
  to = awscc_ses_contact_list.example
  id = "contact_list_name"
}