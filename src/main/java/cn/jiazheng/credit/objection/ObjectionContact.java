package cn.jiazheng.credit.objection;

/** 联系人 and 联系电话 of an objection, unsealed for the objector and the regulator answering. */
public record ObjectionContact(String name, String phone) {
}
