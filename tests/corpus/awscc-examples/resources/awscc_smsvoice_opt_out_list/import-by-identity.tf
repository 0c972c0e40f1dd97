import {
  to = awscc_smsvoice_opt_out_list.example
  identity = {
    opt_out_list_name = "opt_out_list_name"
  }
}
