import {
  to = awscc_smsvoice_opt_out_list.example
  id = "opt_out_list_name"
}