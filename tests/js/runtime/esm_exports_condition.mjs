import exp from 'exp';
import feature from 'exp/feature';
import userdep from 'userdep';
console.log(exp, feature, userdep);
